-- Reserved lots now admit a supplier only with an insertion proof valid on the day (V14). Demo
-- data loaded before that had no proofs, so its reserved lots would refuse every demo supplier: a
-- demo database gets the proofs a fresh demo load writes (DemoDataLoader). Real suppliers gave
-- their proof at sign-up and are not touched (demo_dataset exists only in a demo database).
UPDATE organisation o
   SET insertion_proof_reference = CASE o.insertion_status
           WHEN 'EA' THEN 'Contrat pluriannuel d''objectifs et de moyens EA n° ' || left(o.siret, 9)
           WHEN 'ESAT' THEN 'Autorisation ARS ESAT n° ' || left(o.siret, 9)
           ELSE 'Conventionnement DREETS ' || o.insertion_status || ' n° ' || left(o.siret, 9) END,
       insertion_valid_until = (current_date + interval '1 year')::date,
       insertion_proof_reviewed_at = now()
 WHERE EXISTS (SELECT 1 FROM demo_dataset)
   AND o.kind = 'SUPPLIER'
   AND o.insertion_status IN ('SIAE_EI', 'SIAE_ACI', 'SIAE_AI', 'SIAE_ETTI', 'EA', 'ESAT')
   AND o.insertion_proof_reference IS NULL;
