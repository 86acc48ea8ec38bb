package org.custos.platform;

/**
 * Fired once when the demo organisation is loaded (CUSTOS_DEMO=true on an empty database), inside
 * that transaction. Each feature observes it and adds its part of the demo.
 */
public record DemoLoading(Long organisationId) {
}
