package org.custos.readiness.control;

import java.io.Serializable;
import java.util.List;
import org.custos.standards.control.Relationship;

/**
 * One reason for a requirement's status: a measure, a document, the SoA, or a mapping path from a
 * requirement of another standard. {@code status} is what this reason alone contributes ({@code null}
 * when it is shown for information only, e.g. a not-applicable source that does not count).
 *
 * @param subjectId measure, document or SoA version id; for a mapping the id of the source requirement
 * @param subject   code of the measure or document, or the path of reference ids ("1.1.1 → A.5.1 → 21(2)(a)")
 * @param detail    title of the measure or document, or the SoA justification
 * @param relationships for a mapping, each hop read from the source towards this requirement
 * @param validEvidence for a measure, how many evidence items are valid today; {@code expiredEvidence} how many not
 */
public record Reason(Kind kind, ReadinessStatus status, long subjectId, String subject, String detail,
        List<Relationship> relationships, int validEvidence, int expiredEvidence, String state) implements Serializable {

    public enum Kind {
        /** An implemented measure with valid evidence, or one still lacking it, in progress or planned. */
        MEASURE,
        /** A measure marked not applicable. */
        MEASURE_NOT_APPLICABLE,
        /** A published document in force addressing the requirement. */
        DOCUMENT,
        /** The approved Statement of Applicability excludes the control. */
        SOA_EXCLUDED,
        /** A requirement of another standard, directly or through ISO 27001. */
        MAPPING,
        /** A mapped requirement that is not applicable: shown, never counted. */
        MAPPING_NOT_APPLICABLE,
        /** Nothing addresses the requirement. */
        NOTHING
    }

    public Reason {
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }

    public boolean mappingPath() {
        return kind == Kind.MAPPING || kind == Kind.MAPPING_NOT_APPLICABLE;
    }
}
