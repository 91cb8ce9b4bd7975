package org.catura.core.internal.secret;

import java.nio.file.Path;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** {@link Secrets} with the key from the configured key file. */
@Component(service = Secrets.class, configurationPid = "org.catura.secrets")
@Designate(ocd = SecretsConfig.class)
public final class SecretsComponent implements Secrets {

    private final Secrets secrets;

    @Activate
    public SecretsComponent(SecretsConfig config) {
        Path file = config.keyFile().isBlank() ? Path.of(System.getProperty("user.home"), ".catura", "secret.key")
                : Path.of(config.keyFile());
        this.secrets = AesGcmSecrets.fromKeyFile(file);
    }

    @Override
    public String seal(String plain) {
        return secrets.seal(plain);
    }

    @Override
    public String open(String sealed) {
        return secrets.open(sealed);
    }
}
