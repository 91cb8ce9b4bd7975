package org.catura.core.api.retention;

import java.util.Objects;
import java.util.Set;

/**
 * An order whose buyer data is to be erased now.
 *
 * @param personalValues the buyer's names, e-mail, phone, VAT id, address lines, city and postal
 *                       code, gift messages and delivery instructions as the order carried them
 *                       (normalised and raw): replace them wherever they occur in free text, with
 *                       {@link PersonalData#eraseText}
 */
public record ErasableOrder(long orderId, String channel, String externalId, Set<String> personalValues) {

    public ErasableOrder {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalId, "externalId");
        personalValues = Set.copyOf(personalValues);
    }
}
