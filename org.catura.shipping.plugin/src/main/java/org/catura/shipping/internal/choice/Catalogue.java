package org.catura.shipping.internal.choice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.shipping.internal.matrix.Offer;
import org.catura.shipping.internal.matrix.PriorityRule;
import org.catura.shipping.internal.matrix.Rate;
import org.catura.shipping.internal.matrix.ServiceLevel;
import org.catura.shipping.internal.matrix.Zone;

/**
 * The tenant's zones, services with their rates, and priority rules, read from the CAT_ tables as
 * the matrix weighs them. Inactive services and carriers are read too: the decision says they
 * were left out for that reason.
 */
record Catalogue(List<Zone> zones, List<Offer> offers, List<PriorityRule> rules) {

    static Catalogue load(Tx tx, RuleConditions conditions) {
        int client = tx.clientId();
        List<Zone> zones = Sql.query(tx, """
                SELECT Value, Name, SeqNo, CountryCodes, PostalCodes, IsIsland FROM CAT_ShippingZone
                 WHERE AD_Client_ID = ? AND IsActive = 'Y' ORDER BY SeqNo, Value
                """, rs -> new Zone(rs.getString(1), rs.getString(2), rs.getInt(3), Set.copyOf(list(rs.getString(4))
                .stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()), list(rs.getString(5)),
                "Y".equals(rs.getString(6))), client);
        Map<Integer, List<Rate>> rates = new HashMap<>();
        Sql.query(tx, """
                SELECT r.CAT_ShippingService_ID, z.Value, r.MaxWeight, r.Price, r.TransitDays
                  FROM CAT_ShippingRate r JOIN CAT_ShippingZone z ON z.CAT_ShippingZone_ID = r.CAT_ShippingZone_ID
                 WHERE r.AD_Client_ID = ? AND r.IsActive = 'Y' AND z.IsActive = 'Y'
                """, rs -> {
            rates.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                    .add(new Rate(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5)));
            return null;
        }, client);
        List<Offer> offers = Sql.query(tx, """
                SELECT s.CAT_ShippingService_ID, c.Value, c.Name, c.M_Warehouse_ID, c.IsActive, s.Value, s.Name,
                       s.ServiceLevel, s.IsActive, s.MaxWeight, s.MaxLength, s.MaxWidth, s.MaxHeight, s.MaxGirth,
                       s.IsCOD, s.IsSignature, s.IsIdCheck, s.IsAgeCheck, COALESCE(cur.ISO_Code, 'EUR'),
                       s.CODSurcharge, s.BulkyLength, s.BulkySurcharge, s.IslandSurcharge
                  FROM CAT_ShippingService s JOIN CAT_Carrier c ON c.CAT_Carrier_ID = s.CAT_Carrier_ID
                  LEFT JOIN C_Currency cur ON cur.C_Currency_ID = s.C_Currency_ID
                 WHERE s.AD_Client_ID = ?
                 ORDER BY c.Value, s.Value
                """, rs -> new Offer(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                "Y".equals(rs.getString(5)), rs.getString(6), rs.getString(7), ServiceLevel.valueOf(rs.getString(8)),
                "Y".equals(rs.getString(9)), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                rs.getBigDecimal(13), rs.getBigDecimal(14), "Y".equals(rs.getString(15)), "Y".equals(rs.getString(16)),
                "Y".equals(rs.getString(17)), "Y".equals(rs.getString(18)), rs.getString(19), rs.getBigDecimal(20),
                rs.getBigDecimal(21), rs.getBigDecimal(22), rs.getBigDecimal(23),
                Offer.byZone(rates.getOrDefault(rs.getInt(1), List.of()))), client);
        List<PriorityRule> rules = Sql.query(tx, """
                SELECT SeqNo, Name, RuleCondition, ShippingAction, ActionValue, Reason FROM CAT_ShippingRule
                 WHERE AD_Client_ID = ? AND IsActive = 'Y' ORDER BY SeqNo, Name
                """, rs -> new PriorityRule(rs.getInt(1), rs.getString(2),
                conditions.compile(rs.getString(2), rs.getString(3)), PriorityRule.Action.valueOf(rs.getString(4)),
                Set.copyOf(list(rs.getString(5))), rs.getString(6)), client);
        return new Catalogue(zones, offers, rules);
    }

    /** A comma-separated column as its entries; null or blank: none. */
    static List<String> list(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableList());
    }

}
