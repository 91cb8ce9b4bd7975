package org.catura.core.internal.station.customer;

import org.catura.core.api.erp.BusinessPartner;

/** The partner an order's buyer was matched to, by which rule and why. */
record CustomerMatch(BusinessPartner partner, String rule, String reason) {

    static final String EMAIL_AND_NAME = "EMAIL_AND_NAME";
    static final String EMAIL = "EMAIL";
    static final String NAME_AND_ADDRESS = "NAME_AND_ADDRESS";
    static final String NEW = "NEW";
}
