"""Layout: pure geometry and text fitting, from the model to positioned boxes and lines."""
