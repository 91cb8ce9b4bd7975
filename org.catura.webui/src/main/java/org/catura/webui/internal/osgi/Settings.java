package org.catura.webui.internal.osgi;

import java.time.Duration;
import org.catura.webui.internal.auth.AuthSettings;

final class Settings {

    private Settings() {
    }

    static AuthSettings from(WebUiConfig c) {
        return new AuthSettings(Duration.ofMinutes(c.sessionIdleMinutes()), c.maxFailedLogins(),
                Duration.ofMinutes(c.lockMinutes()), c.secureCookie(), c.bcryptCost(), c.signInAttemptsPerAddress(),
                Duration.ofSeconds(c.signInAddressWindowSeconds()), c.signInAttemptsOverall(),
                Duration.ofSeconds(c.signInOverallWindowSeconds()));
    }
}
