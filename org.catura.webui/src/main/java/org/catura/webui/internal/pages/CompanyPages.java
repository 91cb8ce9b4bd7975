package org.catura.webui.internal.pages;

import javax.servlet.ServletException;
import javax.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.CompanyLogo;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Exchange;

/**
 * The admins' page of the seller's details (legal name, address, VAT id, tax number, bank, OSS)
 * and its logo. The ERP checks what is entered (IBAN, country); its refusal is shown on the form
 * with what was typed, so nothing is lost.
 */
public final class CompanyPages {

    /** The largest logo taken; the ERP takes up to 1 MB, documents print it a few centimetres wide. */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    public void show(Exchange ex) throws IOException {
        Optional<Company> company = ex.services().database().inTransaction(tx -> ex.services().erp().company().get(tx));
        render(ex, 200, company.map(CompanyPages::form).orElseGet(HashMap::new), null);
    }

    public void save(Exchange ex) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String field : new String[] {"legalName", "street", "postal", "city", "country", "vatId", "taxNumber",
                "iban", "bic", "bank"}) {
            form.put(field, ex.param(field));
        }
        form.put("oss", ex.param("oss") == null ? "" : "yes");
        Company company = new Company(form.get("legalName"), new Location(form.get("street"), null, null, null,
                form.get("city"), form.get("postal"), null, form.get("country") == null ? null
                        : form.get("country").toUpperCase(Locale.ROOT)), form.get("vatId"), form.get("taxNumber"),
                form.get("iban"), form.get("bic"), form.get("bank"), ex.param("oss") != null);
        try {
            ex.services().database().inTransaction(tx -> ex.services().erp().company().save(tx, company));
        } catch (ErpException e) {
            render(ex, 422, form, e.getMessage());
            return;
        }
        ex.redirect(ex.base() + "/company", "Company details saved.");
    }

    public void logo(Exchange ex) throws IOException {
        CompanyLogo logo = ex.services().database().inTransaction(tx -> ex.services().erp().company().logo(tx))
                .orElseThrow(() -> HttpError.notFound("logo"));
        ex.response().setContentType(logo.mediaType());
        ex.response().setContentLength(logo.content().length);
        ex.response().getOutputStream().write(logo.content());
    }

    /** The upload form posts multipart/form-data with the image in the part "logo". */
    public void uploadLogo(Exchange ex) throws IOException {
        String refused = null;
        CompanyLogo logo = null;
        if (ex.request().getContentLengthLong() > MAX_LOGO_BYTES + 64 * 1024) {
            refused = tooLarge();
        } else {
            try {
                Part part = ex.request().getPart("logo");
                byte[] bytes;
                try (InputStream in = part == null ? InputStream.nullInputStream() : part.getInputStream()) {
                    bytes = in.readNBytes(MAX_LOGO_BYTES + 1);
                }
                String type = CompanyLogo.mediaTypeOf(bytes).orElse(null);
                if (bytes.length == 0) {
                    refused = "Choose a PNG or JPEG file first.";
                } else if (bytes.length > MAX_LOGO_BYTES) {
                    refused = tooLarge();
                } else if (type == null) {
                    refused = "The file is neither a PNG nor a JPEG image; the logo was not changed.";
                } else {
                    logo = new CompanyLogo(type, bytes);
                }
            } catch (ServletException | IllegalStateException e) {
                // The container refuses a part above its limit this way.
                refused = tooLarge();
            }
        }
        if (logo != null) {
            CompanyLogo image = logo;
            try {
                ex.services().database().inTransaction(tx -> {
                    ex.services().erp().company().saveLogo(tx, image);
                    return null;
                });
            } catch (ErpException e) {
                refused = e.getMessage();
            }
        }
        if (refused != null) {
            Optional<Company> company = ex.services().database()
                    .inTransaction(tx -> ex.services().erp().company().get(tx));
            render(ex, 422, company.map(CompanyPages::form).orElseGet(HashMap::new), refused);
            return;
        }
        ex.redirect(ex.base() + "/company", "Logo saved.");
    }

    private static String tooLarge() {
        return "The logo is larger than 1 MB; the logo was not changed. Save a smaller PNG or JPEG.";
    }


    private static Map<String, String> form(Company c) {
        Map<String, String> form = new HashMap<>();
        form.put("legalName", c.legalName());
        if (c.address() != null) {
            form.put("street", c.address().address1());
            form.put("postal", c.address().postal());
            form.put("city", c.address().city());
            form.put("country", c.address().countryCode());
        }
        form.put("vatId", c.vatId());
        form.put("taxNumber", c.taxNumber());
        form.put("iban", c.iban());
        form.put("bic", c.bic());
        form.put("bank", c.bankName());
        form.put("oss", c.oss() ? "yes" : "");
        form.values().removeIf(v -> v == null);
        return form;
    }

    private static void render(Exchange ex, int status, Map<String, String> form, String error) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("company", form);
        model.put("hasLogo", ex.services().database().inTransaction(tx -> ex.services().erp().company().logo(tx))
                .isPresent());
        model.put("maxLogoBytes", MAX_LOGO_BYTES);
        if (error != null) {
            model.put("error", error);
        }
        ex.render(status, "company.ftlh", model);
    }
}
