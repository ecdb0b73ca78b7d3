"""訓練: a drill database filled with a believable scenario, and the desks' quick cards for drill days."""
