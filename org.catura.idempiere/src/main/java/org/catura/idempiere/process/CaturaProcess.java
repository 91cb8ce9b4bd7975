package org.catura.idempiere.process;

import org.compiere.model.MTable;
import org.compiere.model.MUser;
import org.compiere.process.ProcessInfoParameter;
import org.compiere.process.SvrProcess;
import org.compiere.util.DB;
import org.compiere.util.Msg;

/**
 * A Catura command run from iDempiere's menu: reads its parameters, refuses while Catura's tables
 * or services are missing, and answers with a message a clerk can read (AD_Message, CAT_…).
 */
abstract class CaturaProcess extends SvrProcess {

    static final String CHANNEL = "CAT_AmazonChannel_ID";

    @Override
    protected final void prepare() {
        for (ProcessInfoParameter p : getParameter()) {
            parameter(p.getParameterName(), p);
        }
    }

    /** Takes one parameter of the process. */
    abstract void parameter(String name, ProcessInfoParameter value);

    /** Does the work; the returned text is shown to the person who ran the process. */
    abstract String run();

    @Override
    protected final String doIt() {
        if (MTable.getTable_ID("CAT_AmazonChannel") == 0) {
            throw new CaturaProcessException(text("CAT_TablesMissing"));
        }
        return run();
    }

    /** The service, or a refusal saying Catura is not running here. */
    final <T> T require(T service, Class<T> type) {
        if (service == null) {
            throw new CaturaProcessException(text("CAT_ServiceMissing", type.getSimpleName()));
        }
        return service;
    }

    /** The name of the Amazon channel with this CAT_AmazonChannel_ID (Catura's API knows channels by name). */
    final String channelName(int channelId) {
        String name = DB.getSQLValueString(get_TrxName(), "SELECT Name FROM CAT_AmazonChannel WHERE CAT_AmazonChannel_ID=?",
                channelId);
        if (name == null) {
            throw new CaturaProcessException(text("CAT_ChannelMissing", channelId));
        }
        return name;
    }

    /** The iDempiere user running the process, by name, as Catura's history records people. */
    final String who() {
        return MUser.get(getCtx(), getAD_User_ID()).getName();
    }

    final String text(String message, Object... args) {
        return Msg.getMsg(getCtx(), message, args);
    }
}
