package org.catura.idempiere.process;

import org.catura.core.api.db.Database;
import org.catura.core.api.process.OrderState;
import org.catura.ticket.api.ManualQueue;
import org.compiere.process.ProcessInfoParameter;

/**
 * "Catura Back to Automation": the clerk running it claims the order and sends it back in one
 * transaction of the tenant the process runs in, as the manual queue's desk does in two clicks;
 * another clerk's claim is refused.
 */
final class BackToAutomation extends CaturaProcess {

    static final String ORDER = "CAT_OrderNo";
    static final String COMMENT = "CAT_Comment";

    private final ManualQueue queue;
    private final Database database;
    private long orderId;
    private String comment;

    BackToAutomation(ManualQueue queue, Database database) {
        this.queue = queue;
        this.database = database;
    }

    @Override
    void parameter(String name, ProcessInfoParameter value) {
        if (ORDER.equals(name)) {
            orderId = value.getParameterAsInt();
        } else if (COMMENT.equals(name)) {
            comment = value.getParameterAsString();
        }
    }

    @Override
    String run() {
        ManualQueue q = require(queue, ManualQueue.class);
        String clerk = who();
        OrderState at = require(database, Database.class).inTransaction(getAD_Client_ID(), tx -> {
            q.claim(tx, orderId, clerk);
            return q.backToAutomation(tx, orderId, clerk, comment);
        });
        return text("CAT_BackInAutomation", orderId, at);
    }
}
