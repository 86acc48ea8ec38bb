package org.custos.web.measures;

import static org.custos.web.measures.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentType;
import org.custos.measures.boundary.MeasureService.MeasureInput;
import org.custos.measures.entity.Measure;
import org.custos.organisation.entity.Person;
import org.junit.jupiter.api.Test;

class MeasureFormTest {

    private static Measure measure() {
        Measure m = withId(new Measure("NET-01", "Firewall"), 7);
        Person owner = withId(new Person(null, "Alice"), 3);
        m.describe("NET-01", "Firewall", "Two stages", owner, Measure.Status.IN_PROGRESS, LocalDate.of(2026, 9, 30),
                Set.of(10L, 11L, 12L), Set.of(20L, 21L));
        return m;
    }

    @Test
    void newMeasureStartsPlannedAndEmpty() {
        MeasureForm f = new MeasureForm();
        f.setCode("X");
        f.setStatus(Measure.Status.IMPLEMENTED);
        f.setDocumentIds(List.of(1L));
        f.clear();
        MeasureInput in = f.input(Set.of());
        assertNull(in.code());
        assertEquals(Measure.Status.PLANNED, in.status());
        assertEquals(Set.of(), in.requirementIds());
        assertEquals(Set.of(), in.documentIds());
        assertEquals(0, f.getSeenVersion());
    }

    @Test
    void editingKeepsWhatTheUserCannotSee() {
        MeasureForm f = new MeasureForm();
        // requirement 12 lies outside the user's scope, document 21 was not offered
        f.fill(measure(), List.of(10L, 11L), List.of(20L));
        assertEquals(1, f.getHiddenRequirementCount());
        assertEquals(1, f.getHiddenDocumentCount());
        assertEquals(List.of(20L), f.getDocumentIds());
        assertEquals(3L, f.getOwnerId());
        // the user removes requirement 11 and document 20, adds requirement 13
        f.setDocumentIds(List.of());
        MeasureInput in = f.input(List.of(10L, 13L));
        assertEquals(Set.of(10L, 12L, 13L), in.requirementIds());
        assertEquals(Set.of(21L), in.documentIds());
        assertEquals("NET-01", in.code());
        assertEquals("Two stages", in.description());
        assertEquals(Measure.Status.IN_PROGRESS, in.status());
        assertEquals(LocalDate.of(2026, 9, 30), in.dueOn());
    }

    @Test
    void withoutDocumentAccessAllDocumentsStay() {
        MeasureForm f = new MeasureForm();
        f.fill(measure(), List.of(10L, 11L, 12L), List.of());
        assertEquals(List.of(), f.getDocumentIds());
        assertEquals(Set.of(20L, 21L), f.input(List.of(10L, 11L, 12L)).documentIds());
    }

    @Test
    void ownerOptionsAreActivePersonsAndTheCurrentOwner() {
        Person active = withId(new Person(null, "Alice"), 1);
        Person gone = withId(new Person(null, "Bob"), 2);
        gone.describe("Bob", null, null, null, null, false);
        Person goneOwner = withId(new Person(null, "Carol"), 3);
        goneOwner.describe("Carol", null, null, null, null, false);
        assertEquals(List.of(active, goneOwner), MeasureForm.ownerOptions(List.of(active, gone, goneOwner), 3L));
        assertEquals(List.of(active), MeasureForm.ownerOptions(List.of(active, gone, goneOwner), null));
    }

    @Test
    void documentOptionsLeaveOutWithdrawnUnlessLinked() {
        Document inForce = withId(new Document(DocumentType.REGULATION, "RL-01", "Firewall rules"), 1);
        Document withdrawn = withId(new Document(DocumentType.REGULATION, "RL-02", "Old rules"), 2);
        withdrawn.withdrawn();
        assertEquals(List.of(inForce), MeasureForm.documentOptions(List.of(inForce, withdrawn), List.of()));
        assertEquals(List.of(inForce, withdrawn), MeasureForm.documentOptions(List.of(inForce, withdrawn), Set.of(2L)));
    }
}
