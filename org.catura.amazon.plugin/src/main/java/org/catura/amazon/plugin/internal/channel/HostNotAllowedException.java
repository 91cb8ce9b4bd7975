package org.catura.amazon.plugin.internal.channel;

/**
 * A stored channel points at a host that is neither Amazon's nor allowed: Catura does not sign in
 * there, so the channel's secrets are never sent. The channel itself stays as it is.
 */
public final class HostNotAllowedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    HostNotAllowedException(String channel, String refusal) {
        super("Amazon channel '" + channel + "' is not signed in to, and its secrets were not sent: " + refusal
                + ". Or point the channel at Amazon's host of its region in its settings.");
    }
}
