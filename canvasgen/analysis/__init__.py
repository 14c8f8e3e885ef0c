"""Analysis on the model: matching items, aligning phases, gaps between journeys, versions compared."""
