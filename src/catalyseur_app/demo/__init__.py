"""A realistic demo data set for an empty store: ``demo.dataset.create_demo(store, scale=1, seed=...)``.

Real communes of the Cantal (15) and the Creuse (23), actors of every kind, contacts whose
consent is recorded, partnerships of every form and stage, a year of journal entries across the
16 missions ending today, and (when the diagnostics area provides it) some diagnostics.
Everything is written with bulk inserts in one transaction (the full-text index follows through
its triggers), so ``scale=100`` (≈ 100,000 records) takes seconds.
"""
