package org.custos.readiness.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessServiceTest {

    @Test
    void clausesAreListedInTheStandardsOrder() {
        List<String> refs = new ArrayList<>(List.of("8.1", "7.5.1", "10.1", "4.1", "6.1.2", "6.1", "9.3.1", "4.2"));
        refs.sort(ReadinessService::byClause);
        assertEquals(List.of("4.1", "4.2", "6.1", "6.1.2", "7.5.1", "8.1", "9.3.1", "10.1"), refs);
    }
}
