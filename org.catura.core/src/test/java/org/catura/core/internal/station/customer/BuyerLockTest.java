package org.catura.core.internal.station.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.PostalAddress;
import org.junit.jupiter.api.Test;

class BuyerLockTest {

    static PostalAddress at(String street, String postal, String country) {
        return new PostalAddress("Hans Müller", null, street, null, null, "Berlin", null, null, postal, country, null,
                null);
    }

    static Buyer buyer(String email) {
        return new Buyer("Hans Müller", email, null, null, null);
    }

    @Test
    void oneBuyerSpelledTwoWaysTakesTheSameLocks() {
        assertEquals(BuyerLock.keys(buyer("Hans@Relay.Amazon.de "), at("Hauptstr. 5a", "10 115", "de")),
                BuyerLock.keys(buyer("hans@relay.amazon.de"), at("Haupt-Straße 5 A", "10115", "DE")));
    }

    @Test
    void theEmailIsLockedBeforeTheAddressAndAnOrderWithoutEmailLocksTheAddressAlone() {
        var both = BuyerLock.keys(buyer("hans@relay.amazon.de"), at("Hauptstr. 5a", "10115", "DE"));
        var addressOnly = BuyerLock.keys(buyer(null), at("Hauptstr. 5a", "10115", "DE"));
        assertEquals(2, both.size());
        assertEquals(1, addressOnly.size());
        assertEquals(both.get(1), addressOnly.get(0));
        assertEquals(1, BuyerLock.keys(buyer("hans@relay.amazon.de"), null).size());
    }

    @Test
    void otherBuyersAndOtherAddressesTakeOtherLocks() {
        var hans = BuyerLock.keys(buyer("hans@relay.amazon.de"), at("Hauptstr. 5a", "10115", "DE"));
        var grete = BuyerLock.keys(buyer("grete@relay.amazon.de"), at("Hauptstr. 7", "10115", "DE"));
        assertNotEquals(hans.get(0), grete.get(0));
        assertNotEquals(hans.get(1), grete.get(1));
        assertNotEquals(hans.get(1), BuyerLock.keys(null, at("Hauptstr. 5a", "10115", "AT")).get(0));
    }
}
