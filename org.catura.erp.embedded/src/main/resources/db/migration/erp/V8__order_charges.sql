-- The charges the sales-order station puts an Amazon order's shipping, gift wrap and promotions
-- on (SalesOrderStation: "Shipping", "Gift wrap", "Promotion"). They exist from the start, so an
-- order of a merchant who set up only products is entered whole; under iDempiere the
-- administrator creates C_Charge rows of these names.
INSERT INTO C_Charge (Name, Description, C_TaxCategory_ID)
SELECT v.Name, v.Description, (SELECT C_TaxCategory_ID FROM C_TaxCategory WHERE Name = 'Standard')
  FROM (VALUES ('Shipping', 'Shipping charged to the buyer'),
               ('Gift wrap', 'Gift wrapping charged to the buyer'),
               ('Promotion', 'Promotion discounts granted on the marketplace')) AS v (Name, Description)
 WHERE NOT EXISTS (SELECT 1 FROM C_Charge c WHERE lower(c.Name) = lower(v.Name));
