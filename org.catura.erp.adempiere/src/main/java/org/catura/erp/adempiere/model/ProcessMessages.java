package org.catura.erp.adempiere.model;

import java.util.Properties;
import java.util.function.UnaryOperator;
import org.compiere.util.Msg;

/**
 * The ERP's process messages (getProcessMsg) as a person reads them. iDempiere writes them as
 * message keys between at signs ("@NoLines@", "@PeriodClosed@ …"), to be translated in the
 * context's language.
 */
final class ProcessMessages {

    private ProcessMessages() {
    }

    static String forPerson(Properties ctx, String processMsg) {
        return forPerson(processMsg, text -> Msg.parseTranslation(ctx, text));
    }

    static String forPerson(String processMsg, UnaryOperator<String> translate) {
        if (processMsg == null || processMsg.isBlank()) {
            return processMsg;
        }
        try {
            String translated = translate.apply(processMsg);
            return translated == null || translated.isBlank() ? processMsg : translated;
        } catch (RuntimeException e) {
            // The untranslated key still says more than no reason at all.
            return processMsg;
        }
    }
}
