package org.entente.account;

/**
 * A request refused by the access rules: who asked (null when anonymous), what, and the id the path named.
 * Fired as a CDI event where a refusal is decided; the audit trail records it.
 */
public record AccessRefused(Long userId, String method, String path, String kind, Long id, int status) {
}
