package org.catura.erp.embedded.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Collectors;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.PartnerQuery;

/** C_BPartner with C_BPartner_Location (+ C_Location) and AD_User. */
public final class BusinessPartnerRepository implements BusinessPartners {

    private final FlowNumbers numbers;
    private final ReferenceCache cache;

    BusinessPartnerRepository(FlowNumbers numbers, ReferenceCache cache) {
        this.numbers = numbers;
        this.cache = cache;
    }

    @Override
    public Optional<BusinessPartner> get(Tx tx, int bpartnerId) {
        return load(tx, bpartnerId);
    }

    // The two finders start from the indexed column (e-mail, normalised postal code) and load the
    // partners one by one by key: joined in one query, or with "= ANY(?)", the plan PostgreSQL
    // caches while the tables are small scans them whole once they have grown.
    @Override
    public List<BusinessPartner> findByEmail(Tx tx, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return Sql.list(tx, """
                SELECT DISTINCT C_BPartner_ID FROM AD_User WHERE lower(EMail) = lower(?) AND IsActive = 'Y'
                """, rs -> rs.getInt(1), email.strip()).stream().map(id -> get(tx, id)).flatMap(Optional::stream)
                .toList();
    }

    @Override
    public List<BusinessPartner> findByPostal(Tx tx, String postal, String countryCode) {
        if (postal == null || postal.isBlank()) {
            return List.of();
        }
        String country = ReferenceData.normaliseCountry(countryCode);
        // Postal codes compared without spaces and case: "sw1a 1aa" is "SW1A1AA".
        return Sql.list(tx, """
                SELECT DISTINCT bl.C_BPartner_ID
                  FROM C_Location l
                  JOIN C_BPartner_Location bl ON bl.C_Location_ID = l.C_Location_ID AND bl.IsActive = 'Y'
                 WHERE upper(replace(l.Postal, ' ', '')) = ?
                   AND l.C_Country_ID = (SELECT C_Country_ID FROM C_Country WHERE CountryCode = ?)
                """, rs -> rs.getInt(1), normalisePostal(postal), country).stream().map(id -> get(tx, id))
                .flatMap(Optional::stream).toList();
    }

    // Each kind of hit starts from its own index (V7: lower-case and normalised prefixes); only the
    // words of a name are looked for anywhere in it, which reads C_BPartner's names alone. The
    // partners are then loaded one by one, as the finders above do.
    @Override
    public List<BusinessPartner> search(Tx tx, String text, int limit) {
        PartnerQuery q = new PartnerQuery(text, limit);
        String prefix = likeEscaped(q.text()) + "%";
        String postalPrefix = likeEscaped(q.postal()) + "%";
        String words = q.words().stream().map(w -> "%" + likeEscaped(w) + "%").collect(Collectors.joining(" "));
        return Sql.list(tx, """
                WITH hit (C_BPartner_ID, rank) AS (
                     SELECT C_BPartner_ID, 0 FROM C_BPartner WHERE lower(Value) = lower(?)
                     UNION ALL
                     SELECT C_BPartner_ID, 0 FROM AD_User WHERE lower(EMail) = lower(?) AND IsActive = 'Y'
                     UNION ALL
                     SELECT bl.C_BPartner_ID, 0
                       FROM C_Location l
                       JOIN C_BPartner_Location bl ON bl.C_Location_ID = l.C_Location_ID AND bl.IsActive = 'Y'
                      WHERE upper(replace(l.Postal, ' ', '')) = ?
                     UNION ALL
                     SELECT C_BPartner_ID, 1 FROM C_BPartner WHERE lower(Name) LIKE lower(?)
                     UNION ALL
                     SELECT C_BPartner_ID, 1 FROM C_BPartner WHERE lower(Name2) LIKE lower(?)
                     UNION ALL
                     SELECT C_BPartner_ID, 2 FROM C_BPartner WHERE lower(Value) LIKE lower(?)
                     UNION ALL
                     SELECT C_BPartner_ID, 2 FROM AD_User WHERE lower(EMail) LIKE lower(?) AND IsActive = 'Y'
                     UNION ALL
                     SELECT bl.C_BPartner_ID, 2
                       FROM C_Location l
                       JOIN C_BPartner_Location bl ON bl.C_Location_ID = l.C_Location_ID AND bl.IsActive = 'Y'
                      WHERE upper(replace(l.Postal, ' ', '')) LIKE ?
                     UNION ALL
                     SELECT C_BPartner_ID, 3 FROM C_BPartner
                      WHERE lower(Name || ' ' || coalesce(Name2, '')) LIKE ALL (string_to_array(lower(?), ' ')))
                SELECT b.C_BPartner_ID
                  FROM hit JOIN C_BPartner b ON b.C_BPartner_ID = hit.C_BPartner_ID
                 WHERE b.IsActive = 'Y' AND b.IsCustomer = 'Y'
                 GROUP BY b.C_BPartner_ID, b.Name
                 ORDER BY min(hit.rank), lower(b.Name), b.C_BPartner_ID
                 LIMIT ?
                """, rs -> rs.getInt(1), q.text(), q.text(), q.postal(), prefix, prefix, prefix, prefix, postalPrefix,
                words, q.limit()).stream().map(id -> get(tx, id)).flatMap(Optional::stream).toList();
    }

    /** LIKE's wildcards and its escape character (the backslash, PostgreSQL's default) taken literally. */
    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public BusinessPartner create(Tx tx, BusinessPartnerDraft draft) {
        if (draft == null || draft.name() == null || draft.name().isBlank()) {
            throw new ErpException("A business partner needs a name");
        }
        String value = draft.value() == null || draft.value().isBlank()
                ? numbers.next(tx, "C_BPartner")
                : draft.value().strip();
        // Checked and written in one statement; a partner just written has no locations or contacts yet.
        return Sql.one(tx, """
                INSERT INTO C_BPartner (Value, Name, Name2, IsCompany, TaxID, IsCustomer)
                SELECT ?, ?, ?, ?, ?, 'Y' WHERE NOT EXISTS (SELECT 1 FROM C_BPartner WHERE Value = ?)
                RETURNING C_BPartner_ID, Value, Name, Name2, IsCompany, TaxID, IsCustomer
                """, rs -> new BusinessPartner(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Sql.flag(rs, "IsCompany"), rs.getString(6), Sql.flag(rs, "IsCustomer"), List.of(), List.of()),
                value, draft.name().strip(), blankToNull(draft.name2()), Sql.yn(draft.company()),
                blankToNull(draft.taxId()), value)
                .orElseThrow(() -> new ErpException("A business partner with search key '" + value
                        + "' already exists"));
    }

    @Override
    public int addLocation(Tx tx, int bpartnerId, String name, Location location, boolean shipTo, boolean billTo,
            String phone) {
        // The partner is checked by the first INSERT; a refusal for another reason checks it first,
        // so that an unknown partner is what is reported, as before anything else.
        if (location == null) {
            requirePartner(tx, bpartnerId);
            throw new ErpException("Business partner " + bpartnerId + ": a location needs an address");
        }
        int countryId;
        try {
            countryId = cache.get("country", location.countryCode(),
                    () -> ReferenceData.countryId(tx, location.countryCode()));
        } catch (ErpException e) {
            requirePartner(tx, bpartnerId);
            throw e;
        }
        String locationName = name == null || name.isBlank()
                ? defaultLocationName(location)
                : name.strip();
        // The address and the partner's location in one statement; nothing is written for an unknown partner.
        return Sql.one(tx, """
                WITH address AS (
                     INSERT INTO C_Location (Address1, Address2, Address3, Address4, City, Postal, RegionName,
                            C_Country_ID)
                     SELECT ?, ?, ?, ?, ?, ?, ?, ?
                      WHERE EXISTS (SELECT 1 FROM C_BPartner WHERE C_BPartner_ID = ? AND IsActive = 'Y')
                     RETURNING C_Location_ID)
                INSERT INTO C_BPartner_Location (C_BPartner_ID, C_Location_ID, Name, IsShipTo, IsBillTo, Phone)
                SELECT ?, C_Location_ID, ?, ?, ?, ? FROM address
                RETURNING C_BPartner_Location_ID
                """, rs -> rs.getInt(1), blankToNull(location.address1()), blankToNull(location.address2()),
                blankToNull(location.address3()), blankToNull(location.address4()), blankToNull(location.city()),
                blankToNull(location.postal()), blankToNull(location.region()), countryId, bpartnerId, bpartnerId,
                locationName, Sql.yn(shipTo), Sql.yn(billTo), blankToNull(phone))
                .orElseThrow(() -> partnerMissing(bpartnerId));
    }

    @Override
    public int addContact(Tx tx, int bpartnerId, String name, String email, String phone) {
        String contactName = name == null || name.isBlank() ? (email == null ? null : email.strip()) : name.strip();
        if (contactName == null || contactName.isBlank()) {
            requirePartner(tx, bpartnerId);
            throw new ErpException("Business partner " + bpartnerId + ": a contact needs a name or an e-mail");
        }
        // The partner is checked by the INSERT itself.
        return Sql.one(tx, """
                INSERT INTO AD_User (C_BPartner_ID, Name, EMail, Phone)
                SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM C_BPartner WHERE C_BPartner_ID = ? AND IsActive = 'Y')
                RETURNING AD_User_ID
                """, rs -> rs.getInt(1), bpartnerId, contactName, blankToNull(email), blankToNull(phone), bpartnerId)
                .orElseThrow(() -> partnerMissing(bpartnerId));
    }

    /** The partner's active location, or a clear refusal when it belongs to someone else. */
    static void requireLocationOf(Tx tx, int bpartnerId, int locationId, String role) {
        boolean ok = Sql.one(tx, """
                SELECT 1 FROM C_BPartner_Location WHERE C_BPartner_Location_ID = ? AND C_BPartner_ID = ? AND IsActive = 'Y'
                """, rs -> 1, locationId, bpartnerId).isPresent();
        if (!ok) {
            throw new ErpException(role + " location " + locationId + " is not a location of business partner "
                    + bpartnerId);
        }
    }

    static void requireContactOf(Tx tx, int bpartnerId, int contactId) {
        boolean ok = Sql.one(tx, "SELECT 1 FROM AD_User WHERE AD_User_ID = ? AND C_BPartner_ID = ? AND IsActive = 'Y'",
                rs -> 1, contactId, bpartnerId).isPresent();
        if (!ok) {
            throw new ErpException("Contact " + contactId + " is not a contact of business partner " + bpartnerId);
        }
    }

    /**
     * The checks of a new order's partner, ship-to, bill-to and contact (0: none) in one statement,
     * refused in that order with the messages of the single checks.
     */
    static void requireOrderParties(Tx tx, int bpartnerId, int shipLocationId, int billLocationId, int contactId) {
        boolean[] ok = Sql.one(tx, """
                SELECT EXISTS (SELECT 1 FROM C_BPartner WHERE C_BPartner_ID = ? AND IsActive = 'Y'),
                       EXISTS (SELECT 1 FROM C_BPartner_Location
                                WHERE C_BPartner_Location_ID = ? AND C_BPartner_ID = ? AND IsActive = 'Y'),
                       EXISTS (SELECT 1 FROM C_BPartner_Location
                                WHERE C_BPartner_Location_ID = ? AND C_BPartner_ID = ? AND IsActive = 'Y'),
                       EXISTS (SELECT 1 FROM AD_User WHERE AD_User_ID = ? AND C_BPartner_ID = ? AND IsActive = 'Y')
                """, rs -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)},
                bpartnerId, shipLocationId, bpartnerId, billLocationId, bpartnerId, contactId, bpartnerId)
                .orElseThrow();
        if (!ok[0]) {
            throw new ErpException("Business partner " + bpartnerId + " does not exist or is inactive");
        }
        if (!ok[1]) {
            throw new ErpException("Ship-to location " + shipLocationId + " is not a location of business partner "
                    + bpartnerId);
        }
        if (!ok[2]) {
            throw new ErpException("Bill-to location " + billLocationId + " is not a location of business partner "
                    + bpartnerId);
        }
        if (contactId > 0 && !ok[3]) {
            throw new ErpException("Contact " + contactId + " is not a contact of business partner " + bpartnerId);
        }
    }

    static void requirePartner(Tx tx, int bpartnerId) {
        if (Sql.one(tx, "SELECT 1 FROM C_BPartner WHERE C_BPartner_ID = ? AND IsActive = 'Y'", rs -> 1, bpartnerId)
                .isEmpty()) {
            throw partnerMissing(bpartnerId);
        }
    }

    private static ErpException partnerMissing(int bpartnerId) {
        return new ErpException("Business partner " + bpartnerId + " does not exist or is inactive");
    }

    static String normalisePostal(String postal) {
        return postal.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The active partner with its active locations and contacts in one
     * query: a row per location and contact, so each appears as often as the other has entries.
     */
    private Optional<BusinessPartner> load(Tx tx, int id) {
        record Row(BusinessPartner partner, BPartnerLocation location, Contact contact) {
        }
        List<Row> rows = Sql.list(tx, """
                SELECT b.C_BPartner_ID, b.Value, b.Name, b.Name2, b.IsCompany, b.TaxID, b.IsCustomer,
                       bl.C_BPartner_Location_ID, bl.Name, bl.IsShipTo, bl.IsBillTo, bl.Phone,
                       l.Address1, l.Address2, l.Address3, l.Address4, l.City, l.Postal, l.RegionName, c.CountryCode,
                       u.AD_User_ID, u.Name, u.EMail, u.Phone
                  FROM C_BPartner b
                  LEFT JOIN C_BPartner_Location bl ON bl.C_BPartner_ID = b.C_BPartner_ID AND bl.IsActive = 'Y'
                  LEFT JOIN C_Location l ON l.C_Location_ID = bl.C_Location_ID
                  LEFT JOIN C_Country c ON c.C_Country_ID = l.C_Country_ID
                  LEFT JOIN AD_User u ON u.C_BPartner_ID = b.C_BPartner_ID AND u.IsActive = 'Y'
                 WHERE b.C_BPartner_ID = ? AND b.IsActive = 'Y'
                 ORDER BY bl.C_BPartner_Location_ID, u.AD_User_ID
                """, rs -> new Row(new BusinessPartner(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                "Y".equals(rs.getString(5)), rs.getString(6), "Y".equals(rs.getString(7)), List.of(), List.of()),
                rs.getObject(8) == null ? null : joinedLocation(rs),
                rs.getObject(21) == null ? null : new Contact(rs.getInt(21), rs.getString(22), rs.getString(23),
                        rs.getString(24))), id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, BPartnerLocation> locations = new LinkedHashMap<>();
        Map<Integer, Contact> contacts = new TreeMap<>();
        for (Row r : rows) {
            if (r.location() != null) {
                locations.putIfAbsent(r.location().id(), r.location());
            }
            if (r.contact() != null) {
                contacts.putIfAbsent(r.contact().id(), r.contact());
            }
        }
        BusinessPartner b = rows.get(0).partner();
        return Optional.of(new BusinessPartner(b.id(), b.value(), b.name(), b.name2(), b.company(), b.taxId(),
                b.customer(), List.copyOf(locations.values()), List.copyOf(contacts.values())));
    }

    private static BPartnerLocation joinedLocation(ResultSet rs) throws SQLException {
        Location address = new Location(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20));
        return new BPartnerLocation(rs.getInt(8), rs.getString(9), address, "Y".equals(rs.getString(10)),
                "Y".equals(rs.getString(11)), rs.getString(12));
    }

    private static String defaultLocationName(Location location) {
        String city = location.city() == null || location.city().isBlank() ? "" : location.city().strip();
        String name = city.isEmpty() ? location.countryCode() : city;
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
