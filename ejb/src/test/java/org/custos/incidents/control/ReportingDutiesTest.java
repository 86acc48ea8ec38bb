package org.custos.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.custos.incidents.control.ReportingDuties.Duty;
import org.custos.incidents.control.ReportingDuties.Kind;
import org.custos.incidents.control.ReportingDuties.State;
import org.custos.organisation.entity.RegulatoryCategory;
import org.junit.jupiter.api.Test;

class ReportingDutiesTest {

    private static Instant berlin(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), ReportingDuties.LEGAL_ZONE).toInstant();
    }

    private static Duty duty(List<Duty> duties, Kind kind) {
        return duties.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aSignificantIncidentOfACriticalFacilityHas24And72HoursAndAMonth() {
        Instant detected = Instant.parse("2026-06-10T08:00:00Z");
        List<Duty> d = ReportingDuties.of(RegulatoryCategory.CRITICAL_FACILITY, true, false, detected, Map.of(),
                detected.plusSeconds(3600));
        assertEquals(List.of(Kind.BSI_EARLY_WARNING, Kind.BSI_NOTIFICATION, Kind.BSI_FINAL_REPORT),
                d.stream().map(Duty::kind).toList());
        assertEquals(Instant.parse("2026-06-11T08:00:00Z"), duty(d, Kind.BSI_EARLY_WARNING).dueAt());
        assertEquals(Instant.parse("2026-06-13T08:00:00Z"), duty(d, Kind.BSI_NOTIFICATION).dueAt());
        assertEquals(Instant.parse("2026-07-13T08:00:00Z"), duty(d, Kind.BSI_FINAL_REPORT).dueAt(),
                "a month after the notification's deadline while it is not sent");
        assertEquals(Duration.ofHours(23), duty(d, Kind.BSI_EARLY_WARNING).left(detected.plusSeconds(3600)));
    }

    @Test
    void hoursStayHoursAcrossTheChangeToSummerTime() {
        // 29 March 2026, 02:00 → 03:00 in Germany: 24 hours later is 11:00 local, not 10:00
        Instant detected = berlin("2026-03-28T10:00");
        Duty early = duty(ReportingDuties.of(RegulatoryCategory.IMPORTANT, true, false, detected, Map.of(), detected),
                Kind.BSI_EARLY_WARNING);
        assertEquals(Duration.ofHours(24), Duration.between(detected, early.dueAt()));
        assertEquals(berlin("2026-03-29T11:00"), early.dueAt());
        // back to winter time on 25 October 2026: 72 hours from 24 October 12:00 is 27 October 11:00 local
        Instant autumn = berlin("2026-10-24T12:00");
        assertEquals(berlin("2026-10-27T11:00"), duty(ReportingDuties.of(RegulatoryCategory.IMPORTANT, false, true, autumn,
                Map.of(), autumn), Kind.GDPR_NOTIFICATION).dueAt());
    }

    @Test
    void theFinalReportCountsFromTheNotificationSentAndAMonthIsACalendarMonth() {
        Instant detected = berlin("2027-01-28T09:00");
        Instant notified = berlin("2027-01-31T08:00"); // 71 hours after detection
        List<Duty> d = ReportingDuties.of(RegulatoryCategory.PARTICULARLY_IMPORTANT, true, false, detected,
                Map.of(Kind.BSI_NOTIFICATION, notified, Kind.BSI_EARLY_WARNING, berlin("2027-01-29T10:00")),
                berlin("2027-02-10T00:00"));
        assertEquals(berlin("2027-02-28T08:00"), duty(d, Kind.BSI_FINAL_REPORT).dueAt(), "31 January + 1 month");
        assertEquals(State.LATE, duty(d, Kind.BSI_EARLY_WARNING).state(), "25 hours after detection");
        assertEquals(State.ON_TIME, duty(d, Kind.BSI_NOTIFICATION).state());
        assertEquals(State.DUE, duty(d, Kind.BSI_FINAL_REPORT).state());
        assertNull(duty(d, Kind.BSI_NOTIFICATION).left(detected));
    }

    @Test
    void personalDataAloneCallsForTheGdprNotificationOnlyAndUnregulatedEntitiesOweTheBsiNothing() {
        Instant detected = Instant.parse("2026-05-01T00:00:00Z");
        List<Duty> d = ReportingDuties.of(RegulatoryCategory.NONE, true, true, detected, Map.of(),
                detected.plus(Duration.ofHours(73)));
        assertEquals(1, d.size());
        assertEquals(Kind.GDPR_NOTIFICATION, d.get(0).kind());
        assertEquals(State.OVERDUE, d.get(0).state());
        assertEquals(List.of(), ReportingDuties.of(RegulatoryCategory.CRITICAL_FACILITY, false, false, detected, Map.of(),
                detected), "an incident that is not significant and touches no personal data");
    }
}
