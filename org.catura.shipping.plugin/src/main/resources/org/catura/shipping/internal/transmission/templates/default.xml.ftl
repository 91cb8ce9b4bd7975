<?xml version="1.0" encoding="UTF-8"?>
<#-- Every ${...} is escaped for XML. -->
<shipment>
  <reference>${reference}</reference>
  <order>${order.id}</order>
  <documentNo>${documentNo}</documentNo>
  <shipDate>${shipDate}</shipDate>
  <carrier account="${carrier.accountNo}">${carrier.value}</carrier>
  <service product="${service.product}">${service.value}</service>
  <shipTo>
    <name>${shipTo.name}</name>
    <company>${shipTo.company}</company>
    <street>${shipTo.street}</street>
    <street2>${shipTo.street2}</street2>
    <postalCode>${shipTo.postalCode}</postalCode>
    <city>${shipTo.city}</city>
    <region>${shipTo.region}</region>
    <country>${shipTo.country}</country>
    <phone>${shipTo.phone}</phone>
  </shipTo>
  <sender>
    <name>${sender.name}</name>
    <street>${sender.street}</street>
    <postalCode>${sender.postalCode}</postalCode>
    <city>${sender.city}</city>
    <country>${sender.country}</country>
  </sender>
  <parcel>
    <weightKg>${parcel.weightKg}</weightKg>
<#if parcel.lengthCm?? && parcel.widthCm?? && parcel.heightCm??>
    <lengthCm>${parcel.lengthCm}</lengthCm>
    <widthCm>${parcel.widthCm}</widthCm>
    <heightCm>${parcel.heightCm}</heightCm>
</#if>
  </parcel>
  <lines>
<#list lines as line>
    <line no="${line.lineNo}">
      <sku>${line.sku}</sku>
      <quantity>${line.quantity}</quantity>
      <name>${line.name}</name>
    </line>
</#list>
  </lines>
</shipment>
