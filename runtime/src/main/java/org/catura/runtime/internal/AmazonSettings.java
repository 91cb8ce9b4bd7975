package org.catura.runtime.internal;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

/**
 * What {@code catura run} tells the Amazon component (configuration {@code org.catura.amazon.import}).
 *
 * @param allowedHosts         hosts besides Amazon's that channels may sign in to
 * @param importErrorHoldHours how long an order the import cannot take may hold its channel's
 *                             watermark before the import moves on and fetches it alone
 */
record AmazonSettings(List<String> allowedHosts, int importErrorHoldHours) {

    static final int DEFAULT_IMPORT_ERROR_HOLD_HOURS = 24;

    AmazonSettings {
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** The same, with {@code more} hosts allowed (the demo's sandbox). */
    AmazonSettings allowing(List<String> more) {
        List<String> hosts = new ArrayList<>(more);
        hosts.addAll(allowedHosts);
        return new AmazonSettings(hosts, importErrorHoldHours);
    }

    Hashtable<String, Object> toConfiguration() {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("allowedHosts", allowedHosts.toArray(String[]::new));
        p.put("importErrorHoldHours", importErrorHoldHours);
        return p;
    }
}
