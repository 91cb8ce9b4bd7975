package org.catura.erp.adempiere.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.PartnerQuery;
import org.catura.erp.adempiere.mapping.ColumnValues;
import org.catura.erp.adempiere.mapping.ErpQuery;
import org.catura.erp.adempiere.mapping.LocationColumns;
import org.catura.erp.adempiere.mapping.PartnerColumns;
import org.catura.erp.adempiere.mapping.Queries;
import org.compiere.model.MBPartner;
import org.compiere.model.MBPartnerLocation;
import org.compiere.model.MLocation;
import org.compiere.model.MUser;

final class AdempiereBusinessPartners implements BusinessPartners {

    private final ErpSettings settings;

    AdempiereBusinessPartners(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<BusinessPartner> get(Tx tx, int bpartnerId) {
        Session s = Session.of(tx, settings);
        MBPartner bp = new MBPartner(s.ctx, bpartnerId, s.trxName);
        return bp.get_ID() > 0 ? Optional.of(Records.partner(bp)) : Optional.empty();
    }

    @Override
    public List<BusinessPartner> findByEmail(Tx tx, String email) {
        Session s = Session.of(tx, settings);
        List<MBPartner> found = s.list(Queries.partnersByEmail(email));
        return found.stream().map(Records::partner).toList();
    }

    @Override
    public List<BusinessPartner> findByPostal(Tx tx, String postal, String countryCode) {
        Session s = Session.of(tx, settings);
        List<MBPartner> found = s.list(Queries.partnersByPostal(postal, countryCode));
        return found.stream().map(Records::partner).toList();
    }

    // One query per rank through Query.getIDs (keys only): portable to every database iDempiere
    // runs on, where a LIMIT or a ranking ORDER BY with parameters would not be.
    @Override
    public List<BusinessPartner> search(Tx tx, String text, int limit) {
        PartnerQuery q = new PartnerQuery(text, limit);
        Session s = Session.of(tx, settings);
        List<int[]> ranks = new ArrayList<>();
        for (ErpQuery rank : Queries.partnerSearch(q)) {
            ranks.add(s.ids(rank));
            if (Queries.bestFirst(ranks, q.limit()).size() == q.limit()) {
                break;
            }
        }
        return Queries.bestFirst(ranks, q.limit()).stream()
                .map(id -> Records.partner(new MBPartner(s.ctx, id, s.trxName))).toList();
    }

    @Override
    public BusinessPartner create(Tx tx, BusinessPartnerDraft draft) {
        Session s = Session.of(tx, settings);
        ColumnValues values = checked(() -> PartnerColumns.partner(draft));
        // The client's template partner brings the business partner group and other defaults.
        MBPartner bp = MBPartner.getTemplate(s.ctx, settings.context().clientId());
        bp.set_TrxName(s.trxName);
        s.apply(bp, "C_BPartner", "Business partner '" + draft.name() + "'", values);
        if (bp.get_ColumnIndex("IsCompany") >= 0) {
            Session.set(bp, "C_BPartner", "Business partner '" + draft.name() + "'", "IsCompany", draft.company());
        }
        Session.save(bp, "Business partner '" + draft.name() + "'");
        return Records.partner(new MBPartner(s.ctx, bp.get_ID(), s.trxName));
    }

    @Override
    public int addLocation(Tx tx, int bpartnerId, String name, Location location, boolean shipTo, boolean billTo,
            String phone) {
        Session s = Session.of(tx, settings);
        MBPartner bp = Session.existing(new MBPartner(s.ctx, bpartnerId, s.trxName), "Business partner " + bpartnerId);
        String what = "Address of business partner " + bp.getValue();
        String country = checked(() -> LocationColumns.countryCode(location));
        ColumnValues values = checked(() -> LocationColumns.values(location));
        MLocation loc = new MLocation(s.ctx, 0, s.trxName);
        s.apply(loc, "C_Location", what, values);
        loc.setC_Country_ID(s.countryId(country));
        Session.save(loc, what);

        MBPartnerLocation bpl = new MBPartnerLocation(bp);
        bpl.setC_Location_ID(loc.get_ID());
        bpl.setName(name == null || name.isBlank() ? LocationColumns.defaultName(location) : name.strip());
        bpl.setIsShipTo(shipTo);
        bpl.setIsBillTo(billTo);
        if (phone != null && !phone.isBlank()) {
            bpl.setPhone(phone.strip());
        }
        Session.save(bpl, what);
        return bpl.get_ID();
    }

    @Override
    public int addContact(Tx tx, int bpartnerId, String name, String email, String phone) {
        Session s = Session.of(tx, settings);
        MBPartner bp = Session.existing(new MBPartner(s.ctx, bpartnerId, s.trxName), "Business partner " + bpartnerId);
        ColumnValues values = checked(() -> PartnerColumns.contact(bpartnerId, name, email, phone));
        MUser user = new MUser(s.ctx, 0, s.trxName);
        user.setAD_Org_ID(bp.getAD_Org_ID());
        String what = "Contact of business partner " + bp.getValue();
        s.apply(user, "AD_User", what, values);
        Session.save(user, what);
        return user.get_ID();
    }

    /** Bad input from the mapping becomes the port's error, message unchanged. */
    static <T> T checked(java.util.function.Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException e) {
            throw new ErpException(e.getMessage(), e);
        }
    }
}
