package org.catura.core.api.erp;

/** The logo printed on the seller's documents: a PNG or JPEG image. */
public record CompanyLogo(String mediaType, byte[] content) {

    public CompanyLogo {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
