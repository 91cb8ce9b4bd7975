package org.catura.shipping.internal.transmission;

/**
 * A carrier's transmission settings as CAT_Carrier holds them: where its shipment data goes
 * (channel, host, port, path, user, sealed secret, host key fingerprints, mail address), in
 * which format and template, and its working hours for the confirmation deadline. The secrets
 * stay sealed here; only {@link CarrierDestinations} opens them, when a file is sent.
 */
public record CarrierTransmission(int carrierId, int clientId, String value, String name, TransmissionChannel channel,
        TransmissionFormat format, String template, String host, Integer port, String path, String user,
        String secretSealed, String hostKey, String email, String apiKeySealed, String accountNo,
        int confirmWithinHours, String workDays, String workDayStart, String workDayEnd, String cutOffTime,
        String timeZone) {

    /** @throws IllegalArgumentException naming the column when the working hours are malformed */
    public WorkingHours workingHours() {
        return WorkingHours.parse(workDays, workDayStart, workDayEnd, cutOffTime, timeZone);
    }

    /** Whether an admin replaced the default template. */
    public boolean hasOwnTemplate() {
        return template != null && !template.isBlank();
    }
}
