package org.custos.web.api;

/** Every API error body: a stable code for programs and an English message for people. */
public record ApiError(String code, String message) {
}
