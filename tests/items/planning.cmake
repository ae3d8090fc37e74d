# Tests of the planning item models and screens.
