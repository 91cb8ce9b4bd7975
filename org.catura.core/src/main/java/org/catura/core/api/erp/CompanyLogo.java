package org.catura.core.api.erp;

import java.util.Optional;

/** The logo printed on the seller's documents: a PNG or JPEG image. */
public record CompanyLogo(String mediaType, byte[] content) {

    /**
     * {@code image/png} or {@code image/jpeg}, told by the image's first bytes: a file's name or
     * a browser's stated type may say anything.
     */
    public static Optional<String> mediaTypeOf(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    public CompanyLogo {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
