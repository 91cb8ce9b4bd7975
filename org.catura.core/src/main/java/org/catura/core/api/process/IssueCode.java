package org.catura.core.api.process;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What kind of problem a station found in an order, stored as its text in the order's issues and
 * read by the release rules ({@code 'UNKNOWN_SKU' =~ issues}). A value, not an enum, so that a
 * channel or a plugin can bring codes of its own; the constants are the codes core writes.
 */
public record IssueCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    /** A line's SKU is no product in the ERP. */
    public static final IssueCode UNKNOWN_SKU = new IssueCode("UNKNOWN_SKU");
    /** The ERP lacks the tax rate the order needs (the text says which C_Tax row to add). */
    public static final IssueCode NO_TAX_RATE = new IssueCode("NO_TAX_RATE");
    /**
     * The channel charged a tax that contradicts the ERP's decision by more than rounding; the
     * text names both amounts and the SKU.
     */
    public static final IssueCode TAX_MISMATCH = new IssueCode("TAX_MISMATCH");
    /** The order came without items. */
    public static final IssueCode NO_LINES = new IssueCode("NO_LINES");
    /** A charge (shipping, gift wrap, promotion) is not set up in the ERP. */
    public static final IssueCode NO_CHARGE = new IssueCode("NO_CHARGE");
    /** The channel cancelled an order whose goods may already be on their way. */
    public static final IssueCode CANCELLED_AFTER_SHIPPING = new IssueCode("CANCELLED_AFTER_SHIPPING");
    /** The buyer asked to cancel after release. */
    public static final IssueCode CANCELLATION_REQUESTED = new IssueCode("CANCELLATION_REQUESTED");

    /** A line's quantity is zero or negative: it cannot be priced or shipped (the text names the SKU). */
    public static final IssueCode BAD_QUANTITY = new IssueCode("BAD_QUANTITY");
    /** The order came without a delivery or billing address: a clerk enters it at the desk. */
    public static final IssueCode NO_ADDRESS = new IssueCode("NO_ADDRESS");
    /** A field is longer than the ERP's column (the text names the field, its length, the limit and the value). */
    public static final IssueCode TOO_LONG = new IssueCode("TOO_LONG");
    /** The order's currency is no ISO 4217 code the ERP could book in. */
    public static final IssueCode UNKNOWN_CURRENCY = new IssueCode("UNKNOWN_CURRENCY");

    public IssueCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("An issue code is 2 to 60 upper-case letters, digits and '_',"
                    + " starting with a letter (like UNKNOWN_SKU), was '" + value + "'");
        }
    }

    public static IssueCode of(String value) {
        return new IssueCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
