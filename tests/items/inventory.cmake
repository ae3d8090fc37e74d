# Tests of the inventory item models and screens.
