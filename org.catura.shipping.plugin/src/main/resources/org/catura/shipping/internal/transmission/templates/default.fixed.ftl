<#-- One record per shipment line, 300 characters, UTF-8; positions in docs/transmission.md. -->
<#list lines as line>
${text(reference, 12)}${text(order.id, 20)}${num(line.lineNo, 4)}${text(line.sku, 20)}${num(line.quantity, 6)}${text(line.name, 40)}${text(shipTo.name, 35)}${text(shipTo.company, 35)}${text(shipTo.street, 35)}${text(shipTo.postalCode, 10)}${text(shipTo.city, 35)}${text(shipTo.country, 2)}${text(service.product, 10)}${text(parcel.weightKg, 8)}${text(shipDate, 10)}${text(carrier.accountNo, 18)}
</#list>
