package org.catura.shipping.internal.dhl;

import java.math.BigDecimal;

/**
 * The carrier choice's word on a shipment (shipping_decision) with the chosen service's DHL
 * product (CAT_ShippingService.CarrierProduct). Dimensions may be null.
 */
record DhlShipmentFacts(String product, String serviceName, BigDecimal weightKg, BigDecimal lengthCm,
        BigDecimal widthCm, BigDecimal heightCm) {
}
