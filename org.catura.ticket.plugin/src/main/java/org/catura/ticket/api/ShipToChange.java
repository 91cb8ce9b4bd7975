package org.catura.ticket.api;

import org.catura.core.api.erp.Location;

/** A corrected ship-to address: added to the business partner as a new ship-to location. */
public record ShipToChange(String name, Location location, String phone) {
}
