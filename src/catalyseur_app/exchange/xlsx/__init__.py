"""Reading and writing .xlsx files: zip and XML guards, streamed rows, typed cells, canonical form."""
