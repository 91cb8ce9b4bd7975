-- A large order is large in its own currency: 1000 EUR is not 1000 SEK.
update catura_release_rule
   set condition = 'total > ({''EUR'': 1000, ''GBP'': 850, ''PLN'': 4300, ''SEK'': 11000, ''USD'': 1100}[currency] ?? 1000)',
       reason = 'Order total above the limit for its currency (about 1000 EUR): check before shipping',
       updated_at = now(), updated_by = 'migration'
 where name = 'Large order' and condition = 'total > 1000';
