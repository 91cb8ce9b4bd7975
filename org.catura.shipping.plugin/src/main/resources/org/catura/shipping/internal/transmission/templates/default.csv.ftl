<#-- One row per shipment line; every ${...} is quoted as CSV needs it. -->
reference;order;sku;quantity;name;ship_to_name;ship_to_company;street;street2;postal_code;city;region;country;phone;carrier;service;product;weight_kg;ship_date
<#list lines as line>
${reference};${order.id};${line.sku};${line.quantity};${line.name};${shipTo.name};${shipTo.company};${shipTo.street};${shipTo.street2};${shipTo.postalCode};${shipTo.city};${shipTo.region};${shipTo.country};${shipTo.phone};${carrier.value};${service.value};${service.product};${parcel.weightKg};${shipDate}
</#list>
