package org.catura.core.api.erp;

/** AD_User: a contact person of a business partner. */
public record Contact(int id, String name, String email, String phone) {
}
