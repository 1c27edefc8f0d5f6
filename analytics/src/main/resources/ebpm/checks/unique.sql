-- unique: the keys more than one row of the model holds, with how many rows hold each.
SELECT {{key}}, count(*) AS rows_with_key
FROM {{rows}}
GROUP BY {{key}}
HAVING count(*) > 1
