<#-- Text goes inside "..." (escaped for JSON strings); numbers and true/false without quotes. -->
{
  "reference": "${reference}",
  "order": "${order.id}",
  "documentNo": "${documentNo}",
  "shipDate": "${shipDate}",
  "carrier": "${carrier.value}",
  "accountNo": "${carrier.accountNo}",
  "service": "${service.value}",
  "product": "${service.product}",
  "gift": ${order.gift},
  "shipTo": {
    "name": "${shipTo.name}",
    "company": "${shipTo.company}",
    "street": "${shipTo.street}",
    "street2": "${shipTo.street2}",
    "postalCode": "${shipTo.postalCode}",
    "city": "${shipTo.city}",
    "region": "${shipTo.region}",
    "country": "${shipTo.country}",
    "phone": "${shipTo.phone}"
  },
  "parcel": {
    "weightKg": ${parcel.weightKg}<#if parcel.lengthCm?? && parcel.widthCm?? && parcel.heightCm??>,
    "lengthCm": ${parcel.lengthCm},
    "widthCm": ${parcel.widthCm},
    "heightCm": ${parcel.heightCm}</#if>
  },
  "lines": [
<#list lines as line>
    {"order": "${order.id}", "lineNo": ${line.lineNo}, "sku": "${line.sku}", "quantity": ${line.quantity}, "name": "${line.name}"}<#sep>,</#sep>
</#list>
  ]
}
