package org.catura.webui.internal.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.release.ReleaseRules;
import org.catura.ticket.api.ManualQueue;
import org.catura.ticket.api.Tickets;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.channel.ChannelSetup;
import org.catura.webui.api.Users;
import org.catura.webui.api.extension.OrderShippingSource;

/** The services the pages and the REST API work with; in OSGi all come from the service registry. */
public record Services(Database database, OrderProcess process, Erp erp, ReleaseRules rules, Tickets tickets,
        ManualQueue queue, Users users, Supplier<List<ChannelSettings>> channels,
        Supplier<List<ChannelSetup>> setups, Supplier<Optional<AmazonImports>> imports,
        Supplier<Optional<OrderShippingSource>> shipping) {

    /** Without shipping (no carrier, tracking or overdue confirmations to show). */
    public Services(Database database, OrderProcess process, Erp erp, ReleaseRules rules, Tickets tickets,
            ManualQueue queue, Users users, Supplier<List<ChannelSettings>> channels,
            Supplier<List<ChannelSetup>> setups, Supplier<Optional<AmazonImports>> imports) {
        this(database, process, erp, rules, tickets, queue, users, channels, setups, imports, Optional::empty);
    }

    /** Without the Amazon import (no import errors to show). */
    public Services(Database database, OrderProcess process, Erp erp, ReleaseRules rules, Tickets tickets,
            ManualQueue queue, Users users, Supplier<List<ChannelSettings>> channels,
            Supplier<List<ChannelSetup>> setups) {
        this(database, process, erp, rules, tickets, queue, users, channels, setups, Optional::empty);
    }

    /** Without kinds of channel to create. */
    public Services(Database database, OrderProcess process, Erp erp, ReleaseRules rules, Tickets tickets,
            ManualQueue queue, Users users, Supplier<List<ChannelSettings>> channels) {
        this(database, process, erp, rules, tickets, queue, users, channels, List::of);
    }

    public Services {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(erp, "erp");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(setups, "setups");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(shipping, "shipping");
    }

    public Optional<ChannelSettings> channel(String id) {
        return channels.get().stream().filter(c -> c.channelId().equals(id)).findFirst();
    }

    public Optional<ChannelSetup> setup(String kind) {
        return setups.get().stream().filter(c -> c.kind().equals(kind)).findFirst();
    }
}
