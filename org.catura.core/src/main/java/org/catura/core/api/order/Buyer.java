package org.catura.core.api.order;

/**
 * Who bought. {@code email} may be a marketplace relay address or absent; {@code companyName}
 * and {@code vatId} are set for business buyers.
 */
public record Buyer(String name, String email, String phone, String companyName, String vatId) {
}
