package org.catura.shipping.internal.transmission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/** Reads the transmission columns of CAT_Carrier, for the transaction's tenant. */
public final class CarrierTransmissions {

    public Optional<CarrierTransmission> find(Tx tx, String value) {
        return Sql.one(tx, """
                select CAT_Carrier_ID, AD_Client_ID, Value, Name, TransmissionChannel, TransmissionFormat,
                       TransmissionTemplate, TransmissionHost, TransmissionPort, TransmissionPath, TransmissionUser,
                       TransmissionSecretSealed, TransmissionHostKey, EMail, ApiKeySealed, AccountNo,
                       ConfirmWithinHours, WorkDays, WorkDayStart, WorkDayEnd, CutOffTime, TimeZone
                  from CAT_Carrier where AD_Client_ID = ? and lower(Value) = lower(?)""",
                CarrierTransmissions::read, tx.clientId(), value);
    }

    private static CarrierTransmission read(ResultSet rs) throws SQLException {
        String format = rs.getString("TransmissionFormat");
        return new CarrierTransmission(rs.getInt("CAT_Carrier_ID"), rs.getInt("AD_Client_ID"), rs.getString("Value"),
                rs.getString("Name"), TransmissionChannel.valueOf(rs.getString("TransmissionChannel")),
                format == null ? null : TransmissionFormat.valueOf(format), rs.getString("TransmissionTemplate"),
                rs.getString("TransmissionHost"), Sql.integer(rs, "TransmissionPort"), rs.getString("TransmissionPath"),
                rs.getString("TransmissionUser"), rs.getString("TransmissionSecretSealed"),
                rs.getString("TransmissionHostKey"), rs.getString("EMail"), rs.getString("ApiKeySealed"),
                rs.getString("AccountNo"), rs.getInt("ConfirmWithinHours"), rs.getString("WorkDays"),
                rs.getString("WorkDayStart"), rs.getString("WorkDayEnd"), rs.getString("CutOffTime"),
                rs.getString("TimeZone"));
    }
}
