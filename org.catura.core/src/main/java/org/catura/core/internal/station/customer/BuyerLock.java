package org.catura.core.internal.station.customer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.customer.NormalForm;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.PostalAddress;

/**
 * Makes the customer station's search-then-create one step per buyer across workers and nodes.
 * Two orders of a new buyer worked at the same time would both find no partner and both create
 * one; a transaction-scoped PostgreSQL advisory lock on the buyer's normalised e-mail and on the
 * normalised delivery address (country, postal code, street) makes the second wait until the
 * first has committed its partner, and then find it. The locks end with the station's transaction,
 * on the embedded ERP and on iDempiere alike, since both run on PostgreSQL and the station's
 * transaction is the ERP's.
 *
 * <p>The e-mail is locked before the address, always in that order, so two stations never wait
 * for each other. The address lock also covers a repeat order that lacks the e-mail; two buyers
 * in one house merely wait for each other a moment.
 */
final class BuyerLock {

    /** Keeps Catura's keys apart from other users of advisory locks on the same database. */
    private static final String NAMESPACE = "org.catura.customer/";

    void lock(Tx tx, Buyer buyer, PostalAddress shipTo) {
        for (long key : keys(buyer, shipTo)) {
            Sql.one(tx, "select pg_advisory_xact_lock(?)", rs -> Boolean.TRUE, key);
        }
    }

    /** The lock keys of a buyer, e-mail first. */
    static List<Long> keys(Buyer buyer, PostalAddress shipTo) {
        List<Long> keys = new ArrayList<>();
        String email = NormalForm.email(buyer == null ? null : buyer.email());
        if (!email.isEmpty()) {
            keys.add(hash("email:" + email));
        }
        if (shipTo != null) {
            keys.add(hash("address:" + NormalForm.country(shipTo.countryCode()) + "|"
                    + NormalForm.postal(shipTo.postalCode()) + "|" + NormalForm.street(shipTo.addressLine1())));
        }
        return keys;
    }

    private static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((NAMESPACE + key).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }
}
