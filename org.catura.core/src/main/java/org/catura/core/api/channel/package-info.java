/**
 * What a sales channel plugin offers the rest: its settings and how to create one
 * ({@link org.catura.core.api.channel.ChannelSetup}) and test its connection, for the configuration pages, and its
 * {@link org.catura.core.api.channel.ChannelConnector connector}, through which the channel-neutral
 * stations have the channel do its part (confirm a shipment, and later deliver an invoice or fetch
 * payments), each capability an interface of its own.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.catura.core.api.channel;
