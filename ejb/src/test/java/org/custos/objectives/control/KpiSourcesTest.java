package org.custos.objectives.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.custos.objectives.entity.Kpi.Source;
import org.custos.platform.error.ValidationException;
import org.junit.jupiter.api.Test;

class KpiSourcesTest {

    @Test
    void sharesArePercentWithOneDecimal() {
        assertEquals(new BigDecimal("33.3"), KpiSources.percent(1, 3));
        assertEquals(new BigDecimal("66.7"), KpiSources.percent(2, 3));
        assertEquals(new BigDecimal("100.0"), KpiSources.percent(7, 7));
        assertEquals(new BigDecimal("0.0"), KpiSources.percent(0, 12));
    }

    @Test
    void aShareOfNothingIsNoMeasurement() {
        assertEquals("kpi.measure.noData", assertThrows(ValidationException.class,
                () -> KpiSources.percent(0, 0)).messageKey());
    }

    @Test
    void correctiveActionsTakeTheirMeanDaysWithOneDecimal() {
        assertEquals(new BigDecimal("10.5"), KpiSources.meanDays(List.of(Duration.ofDays(7), Duration.ofDays(14))));
        assertEquals(new BigDecimal("0.5"), KpiSources.meanDays(List.of(Duration.ofHours(12))));
        assertEquals("kpi.measure.noData", assertThrows(ValidationException.class,
                () -> KpiSources.meanDays(List.of())).messageKey(), "no action completed in the year is no measurement");
    }

    @Test
    void aManualKpiIsNeverComputed() {
        assertThrows(IllegalArgumentException.class, () -> new KpiSources().measure(Source.MANUAL, LocalDate.now()));
    }

    @Test
    void everySourceButManualIsComputed() {
        for (Source s : Source.values()) {
            assertEquals(s != Source.MANUAL, s.computed(), s.name());
        }
    }
}
