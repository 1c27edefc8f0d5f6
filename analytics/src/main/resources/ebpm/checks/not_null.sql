-- not_null: the rows where the column is NULL, shown by the model's key.
SELECT {{shown}}
FROM {{rows}}
WHERE {{column}} IS NULL
