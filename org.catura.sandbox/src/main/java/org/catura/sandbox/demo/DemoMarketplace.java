package org.catura.sandbox.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The European Amazon marketplaces the demo sells on, with the buyer's country, currency and
 * standard VAT rate (sales to consumers are taxed at the destination's rate), plus a few local
 * names and places so the orders look like the real ones.
 */
public enum DemoMarketplace {
    DE("A1PA6795UKMFR9", "DE", "EUR", "19", "7", "1", "amazon.de",
            List.of("Lukas", "Anna", "Jonas", "Marie", "Felix", "Sophie", "Maximilian", "Laura"),
            List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann"),
            List.of("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schillerstraße"),
            List.of(new Place("10115", "Berlin"), new Place("80331", "München"), new Place("50667", "Köln"),
                    new Place("20095", "Hamburg"), new Place("60311", "Frankfurt am Main"))),
    FR("A13V1IB3VIYZZH", "FR", "EUR", "20", null, "1", "amazon.fr",
            List.of("Camille", "Louis", "Chloé", "Hugo", "Léa", "Jules"),
            List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit"),
            List.of("rue de la République", "avenue Victor Hugo", "rue Pasteur", "boulevard Voltaire"),
            List.of(new Place("75011", "Paris"), new Place("69002", "Lyon"), new Place("13001", "Marseille"),
                    new Place("31000", "Toulouse"))),
    IT("APJ6JRA9NG5V4", "IT", "EUR", "22", null, "1", "amazon.it",
            List.of("Giulia", "Marco", "Francesca", "Alessandro", "Chiara"),
            List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi"),
            List.of("Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante"),
            List.of(new Place("20121", "Milano"), new Place("00184", "Roma"), new Place("50123", "Firenze"))),
    ES("A1RKKUPIHCS9HS", "ES", "EUR", "21", null, "1", "amazon.es",
            List.of("Lucía", "Hugo", "Martina", "Pablo", "Sofía"),
            List.of("García", "Fernández", "González", "Rodríguez", "López"),
            List.of("Calle Mayor", "Avenida de la Constitución", "Calle del Sol"),
            List.of(new Place("28013", "Madrid"), new Place("08002", "Barcelona"), new Place("41004", "Sevilla"))),
    NL("A1805IZSGTT6HS", "NL", "EUR", "21", null, "1", "amazon.nl",
            List.of("Daan", "Emma", "Sem", "Julia", "Lieke"),
            List.of("de Jong", "Jansen", "de Vries", "van Dijk", "Bakker"),
            List.of("Kerkstraat", "Dorpsstraat", "Molenweg"),
            List.of(new Place("1012 AB", "Amsterdam"), new Place("3011 AD", "Rotterdam"), new Place("3511 LX", "Utrecht"))),
    UK("A1F83G8C2ARO7P", "GB", "GBP", "20", null, "0.86", "amazon.co.uk",
            List.of("Oliver", "Amelia", "George", "Isla", "Harry", "Olivia"),
            List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson"),
            List.of("High Street", "Station Road", "Church Lane", "Victoria Road"),
            List.of(new Place("SW1A 1AA", "London"), new Place("M1 1AE", "Manchester"), new Place("EH1 1YZ", "Edinburgh"),
                    new Place("B1 1BB", "Birmingham"))),
    BE("AMEN7PMS3EDWL", "BE", "EUR", "21", null, "1", "amazon.com.be",
            List.of("Noah", "Olivia", "Arthur", "Louise", "Lucas"),
            List.of("Peeters", "Janssens", "Maes", "Dubois", "Lambert"),
            List.of("Rue Royale", "Kerkstraat", "Avenue Louise"),
            List.of(new Place("1000", "Bruxelles"), new Place("2000", "Antwerpen"), new Place("9000", "Gent"))),
    PL("A1C3SOZRARQ6R3", "PL", "PLN", "23", null, "4.30", "amazon.pl",
            List.of("Zuzanna", "Antoni", "Julia", "Jan", "Maja"),
            List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska"),
            List.of("ul. Długa", "ul. Kwiatowa", "ul. Mickiewicza"),
            List.of(new Place("00-001", "Warszawa"), new Place("30-001", "Kraków"), new Place("80-001", "Gdańsk"))),
    SE("A2NODRKZP88ZB9", "SE", "SEK", "25", null, "11.50", "amazon.se",
            List.of("Alice", "William", "Maja", "Oscar", "Elsa"),
            List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson"),
            List.of("Storgatan", "Drottninggatan", "Kungsgatan"),
            List.of(new Place("111 20", "Stockholm"), new Place("411 01", "Göteborg"), new Place("211 20", "Malmö")));

    private final String marketplaceId;
    private final String countryCode;
    private final String currency;
    private final BigDecimal vatRate;
    private final BigDecimal reducedVatRate;
    private final BigDecimal eurRate;
    private final String domain;
    private final List<String> firstNames;
    private final List<String> lastNames;
    private final List<String> streets;
    private final List<Place> places;

    DemoMarketplace(String marketplaceId, String countryCode, String currency, String vatRate, String reducedVatRate,
            String eurRate,
            String domain, List<String> firstNames, List<String> lastNames, List<String> streets, List<Place> places) {
        this.marketplaceId = marketplaceId;
        this.countryCode = countryCode;
        this.currency = currency;
        this.vatRate = new BigDecimal(vatRate);
        this.reducedVatRate = reducedVatRate == null ? null : new BigDecimal(reducedVatRate);
        this.eurRate = new BigDecimal(eurRate);
        this.domain = domain;
        this.firstNames = firstNames;
        this.lastNames = lastNames;
        this.streets = streets;
        this.places = places;
    }

    /** Amazon's marketplace id. */
    public String marketplaceId() {
        return marketplaceId;
    }

    /** ISO 3166-1 alpha-2 of the buyers' country. */
    public String countryCode() {
        return countryCode;
    }

    public String currency() {
        return currency;
    }

    /** Standard VAT rate in percent. */
    public BigDecimal vatRate() {
        return vatRate;
    }

    /** The reduced VAT rate (books) in percent, or null where the demo does not sell such products. */
    public BigDecimal reducedVatRate() {
        return reducedVatRate;
    }

    /** The rate a product is taxed at here; null when it is not sold here. */
    public BigDecimal rateFor(DemoProduct product) {
        return product.reducedRate() ? reducedVatRate : vatRate;
    }

    /** Units of {@link #currency()} per EUR, for pricing. */
    public BigDecimal eurRate() {
        return eurRate;
    }

    /** The host of the buyers' relay e-mail addresses. */
    public String relayMailDomain() {
        return "marketplace." + domain;
    }

    List<String> firstNames() {
        return firstNames;
    }

    List<String> lastNames() {
        return lastNames;
    }

    List<String> streets() {
        return streets;
    }

    List<Place> places() {
        return places;
    }

    record Place(String postalCode, String city) {
    }
}
