package org.catura.ticket.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura tickets", description = "How often to look for overdue tickets; due times,"
        + " supervisors and escalation per ticket type are in the table CAT_TicketType")
public @interface TicketConfig {

    String PID = "org.catura.ticket";

    @AttributeDefinition(description = "User name overdue tickets are escalated to."
            + " Deprecated: the ticket type's row in CAT_TicketType decides; used only for a type without a row.")
    String supervisor() default "supervisor";

    @AttributeDefinition(description = "Mail address the escalation mail goes to; empty: the supervisor's user name."
            + " Deprecated: the ticket type's row in CAT_TicketType decides; used only for a type without a row.")
    String supervisorEmail() default "";

    @AttributeDefinition(description = "Hours until a manual-queue ticket is due."
            + " Deprecated: the ticket type's row in CAT_TicketType decides; used only for a type without a row.")
    double manualQueueDueHours() default 4;

    @AttributeDefinition(description = "Hours until a station-error ticket is due."
            + " Deprecated: the ticket type's row in CAT_TicketType decides; used only for a type without a row.")
    double stationErrorDueHours() default 2;

    @AttributeDefinition(description = "Hours until a no-shipping-confirmation ticket is due."
            + " Deprecated: the ticket type's row in CAT_TicketType decides; used only for a type without a row.")
    double noShippingConfirmationDueHours() default 8;

    @AttributeDefinition(description = "Hours until a cancel-after-shipping ticket is due."
            + " Deprecated: the ticket type's row in CAT_TicketType decides; used only for a type without a row.")
    double cancelAfterShippingDueHours() default 8;

    @AttributeDefinition(description = "Hours until an import-error ticket (an order a channel could not import) is due."
            + " Deprecated: the ticket type's row in CAT_TicketType decides; used only for a type without a row.")
    double importErrorDueHours() default 8;

    @AttributeDefinition(description = "Hours until any other ticket is due."
            + " Deprecated: the ticket type's row in CAT_TicketType decides; used only for a type without a row.")
    double otherDueHours() default 48;

    @AttributeDefinition(description = "Unused: queue tickets follow the order's transitions; kept so existing"
            + " configurations stay valid")
    long watchIntervalSeconds() default 5;

    @AttributeDefinition(description = "Seconds between two looks for overdue tickets")
    long escalationIntervalSeconds() default 60;
}
